/**
 * The scenario's world as immutable records: places, rail lines, targets, aircraft types, fighter
 * units, radars, command posts, anti-aircraft units, the repair force, the weather climate and the
 * enemy's air campaign.
 *
 * <p>Everything inside is SI: metres, seconds, metres per second, fractions in [0, 1]. Dates are
 * {@link java.time.LocalDate} in the theatre's local time; the engine turns them into integer
 * seconds from the scenario epoch. This package depends on nothing else in airshield. Every record
 * carries a {@code source}: the source tag of its numbers (see the scenario's {@code sources}) or
 * the word "estimate" with the reason.
 */
package io.airshield.domain;
