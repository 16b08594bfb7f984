package io.airshield.domain;

/**
 * An anti-aircraft gun type. Kills are counted by the rounds-per-kill method: expected kills are
 * rounds fired divided by rounds per kill, the way Soviet and German wartime statistics were kept
 * (Westermann, Flak, 2001).
 *
 * @param id identifier
 * @param name display name
 * @param maxAltitudeM highest altitude it engages effectively (m)
 * @param radiusM horizontal radius around its position within which it engages (m)
 * @param roundsPerMinute practical rate of fire per gun (rounds/min)
 * @param roundsPerKill rounds fired per aircraft destroyed in daylight with fire control
 * @param source source tag or "estimate"
 */
public record GunType(
    String id,
    String name,
    double maxAltitudeM,
    double radiusM,
    double roundsPerMinute,
    double roundsPerKill,
    String source) {}
