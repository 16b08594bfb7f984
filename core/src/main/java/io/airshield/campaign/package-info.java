/**
 * The air-defence campaign model: raids, detection, command, interception, air combat, AA fire,
 * damage, repair and supply. {@link io.airshield.campaign.Theatre} compiles a scenario once into
 * flat arrays; {@link io.airshield.campaign.Replication} runs one replication over them with reused
 * state and no allocation per event, and writes its outcome into a vector laid out by {@link
 * io.airshield.campaign.Metrics}. Each model is written up in {@code docs/models.md} with formula,
 * parameters, source and limits.
 */
package io.airshield.campaign;
