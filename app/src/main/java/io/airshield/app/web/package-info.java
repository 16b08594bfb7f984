/**
 * The local web UI ({@code airshield serve}): Javalin serving the pages from the jar and a JSON
 * API, one class of routes per resource (scenarios, stored runs, jobs, replay), over the same core
 * studies as the command line with the same defaults. Bounded in every way a browser tab or a
 * script could exhaust it (bodies, runs, traces, connections), loopback-only unless a token is
 * given. It depends on the core and the store, never on the command line's package.
 */
package io.airshield.app.web;
