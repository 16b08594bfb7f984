package io.airshield.domain;

/**
 * A command post that vectors fighters onto raids from the plots of its radars. It can run only so
 * many interceptions at once: the limit of its plotting tables and radio channels.
 *
 * @param id identifier
 * @param name display name
 * @param at position
 * @param maxIntercepts interceptions it can control at once
 * @param source source tag or "estimate"
 */
public record CommandPost(String id, String name, GeoPoint at, int maxIntercepts, String source) {}
