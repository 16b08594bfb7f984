/**
 * From statistics to an assessment a commander can read: supply per line, time open of key points,
 * the enemy's effort and losses, own losses and sorties, interception rates by day, night and bad
 * weather, and the weakest points with the reason for each. Every figure is an {@link
 * io.airshield.montecarlo.Estimate} with its confidence interval.
 */
package io.airshield.assessment;
