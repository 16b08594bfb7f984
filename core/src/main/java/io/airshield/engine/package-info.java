/**
 * The discrete-event engine: an event queue ordered by (time, priority, insertion), integer
 * simulated time from the scenario epoch, and random streams derived from (seed, replication,
 * purpose). It knows nothing of scenarios or air defence.
 *
 * <p>Time is a {@code long} count of seconds from the epoch (00:00 local time on the scenario's
 * first day), never an accumulated {@code double}: a campaign of months is exact to the second
 * (MASON's Schedule javadoc explains what double time loses; Orekit keeps time in integers for the
 * same reason).
 */
package io.airshield.engine;
