package io.airshield.campaign;

import io.airshield.domain.ModelParameter;
import io.airshield.domain.ModelParameters;

/**
 * The model's parameters ({@link ModelParameter}) resolved for one theatre, in SI, as plain final
 * fields: the campaign reads them in its hot loop, where a map lookup or a boxed value per event
 * would cost time. {@link Theatre} builds one from its scenario's {@link ModelParameters}.
 */
final class Params {
  /** {@link ModelParameter#CONTACT_DAY}. */
  final double contactDay;

  /** {@link ModelParameter#CONTACT_TWILIGHT}. */
  final double contactTwilight;

  /** {@link ModelParameter#GCI_NONE} (m). */
  final double gciNoneM;

  /** {@link ModelParameter#NIGHT_SEARCH_DARK} (m). */
  final double nightSearchDarkM;

  /** {@link ModelParameter#NIGHT_SEARCH_MOON} (m). */
  final double nightSearchMoonM;

  /** {@link ModelParameter#NIGHT_SEARCH_LIT} (m). */
  final double nightSearchLitM;

  /** {@link ModelParameter#CLOUD_SEARCH} (m). */
  final double cloudSearchM;

  /** {@link ModelParameter#AIRBORNE_RADAR} (m). */
  final double airborneRadarM;

  /** {@link ModelParameter#SEARCHLIGHT_REACH} (m). */
  final double searchlightReachM;

  /** {@link ModelParameter#LIGHT_PICKUP}. */
  final double lightPickup;

  /** {@link ModelParameter#CONTACT_MARGINAL}. */
  final double contactMarginal;

  /** {@link ModelParameter#ESCORT_SCREEN}. */
  final double escortScreen;

  /** {@link ModelParameter#FIRING_PASS_PER_ENGAGEMENT}. */
  final double firingPassPerEngagement;

  /** {@link ModelParameter#KILL_PER_FIRING_PASS}. */
  final double killPerFiringPass;

  /** {@link ModelParameter#BOMBER_KILL_NIGHT}. */
  final double bomberKillNight;

  /** {@link ModelParameter#DAMAGE_PER_PASS}. */
  final double damagePerPass;

  /** {@link ModelParameter#JETTISON_BOUNCED}. */
  final double jettisonBounced;

  /** {@link ModelParameter#DEFENSIVE_KILL_SHARE}. */
  final double defensiveKillShare;

  /** {@link ModelParameter#JETTISON_IN_DIVE}. */
  final double jettisonInDive;

  /** {@link ModelParameter#ABORT_BOMBER}. */
  final double abortBomber;

  /** {@link ModelParameter#SWEEP_RADIUS} (m). */
  final double sweepRadiusM;

  /** {@link ModelParameter#SWEEP_HALF_WINDOW} (s). */
  final double sweepHalfWindowS;

  /** {@link ModelParameter#AA_FIRE_DUTY}. */
  final double aaFireDuty;

  /** {@link ModelParameter#AA_TWILIGHT}. */
  final double aaTwilight;

  /** {@link ModelParameter#AA_NIGHT_RADAR}. */
  final double aaNightRadar;

  /** {@link ModelParameter#AA_NIGHT_SEARCHLIGHTS}. */
  final double aaNightSearchlights;

  /** {@link ModelParameter#AA_NIGHT_BLIND}. */
  final double aaNightBlind;

  /** {@link ModelParameter#AA_MARGINAL_OPTICAL}. */
  final double aaMarginalOptical;

  /** {@link ModelParameter#AA_ADVERSE_OPTICAL}. */
  final double aaAdverseOptical;

  /** {@link ModelParameter#AA_BAD_RADAR}. */
  final double aaBadRadar;

  /** {@link ModelParameter#LIGHT_AA_CEILING} (m). */
  final double lightAaCeilingM;

  /** {@link ModelParameter#SUPPRESSION_GUNS}. */
  final double suppressionGuns;

  /** {@link ModelParameter#SUPPRESSED_RELEASE} (m). */
  final double suppressedReleaseM;

  /** {@link ModelParameter#HIT_FACTOR_BRIDGE}. */
  final double hitFactorBridge;

  /** {@link ModelParameter#DA_BOMB_SHARE}. */
  final double daBombShare;

  /** {@link ModelParameter#DA_DELAY_MIN} (s). */
  final double daDelayMinS;

  /** {@link ModelParameter#DA_DELAY_MAX} (s). */
  final double daDelayMaxS;

  /** {@link ModelParameter#REPAIR_STRAFE_LOSS} (s). */
  final double repairStrafeLossS;

  /** {@link ModelParameter#REPLACEMENT} (s). */
  final double replacementS;

  /** {@link ModelParameter#PATROL_PILOT_SHARE}. */
  final double patrolPilotShare;

  /** {@link ModelParameter#AA_DAMAGE_PER_KILL}. */
  final double aaDamagePerKill;

  /** {@link ModelParameter#BOMB_NIGHT}. */
  final double bombNight;

  /** {@link ModelParameter#BOMB_TWILIGHT}. */
  final double bombTwilight;

  /** {@link ModelParameter#BOMB_MARGINAL}. */
  final double bombMarginal;

  /** {@link ModelParameter#BOMB_ADVERSE}. */
  final double bombAdverse;

  /** {@link ModelParameter#BOMB_DAMAGED}. */
  final double bombDamaged;

  /** {@link ModelParameter#ENGAGEMENT} (s). */
  final double engagementS;

  /** {@link ModelParameter#FIGHTER_REPAIR} (s). */
  final double fighterRepairS;

  /** {@link ModelParameter#PILOT_SURVIVES}. */
  final double pilotSurvives;

  /** {@link ModelParameter#INTRUDER_VALUE}. */
  final double intruderValue;

  /** {@link ModelParameter#PATROL_STATION} (s). */
  final double patrolStationS;

  /** {@link ModelParameter#PATROL_RELIEF} (s). */
  final double patrolReliefS;

  /** {@link ModelParameter#FLIGHTS_PER_DECISION}. */
  final int flightsPerDecision;

  Params(final ModelParameters v) {
    contactDay = v.si(ModelParameter.CONTACT_DAY);
    contactTwilight = v.si(ModelParameter.CONTACT_TWILIGHT);
    gciNoneM = v.si(ModelParameter.GCI_NONE);
    nightSearchDarkM = v.si(ModelParameter.NIGHT_SEARCH_DARK);
    nightSearchMoonM = v.si(ModelParameter.NIGHT_SEARCH_MOON);
    nightSearchLitM = v.si(ModelParameter.NIGHT_SEARCH_LIT);
    cloudSearchM = v.si(ModelParameter.CLOUD_SEARCH);
    airborneRadarM = v.si(ModelParameter.AIRBORNE_RADAR);
    searchlightReachM = v.si(ModelParameter.SEARCHLIGHT_REACH);
    lightPickup = v.si(ModelParameter.LIGHT_PICKUP);
    contactMarginal = v.si(ModelParameter.CONTACT_MARGINAL);
    escortScreen = v.si(ModelParameter.ESCORT_SCREEN);
    firingPassPerEngagement = v.si(ModelParameter.FIRING_PASS_PER_ENGAGEMENT);
    killPerFiringPass = v.si(ModelParameter.KILL_PER_FIRING_PASS);
    bomberKillNight = v.si(ModelParameter.BOMBER_KILL_NIGHT);
    damagePerPass = v.si(ModelParameter.DAMAGE_PER_PASS);
    jettisonBounced = v.si(ModelParameter.JETTISON_BOUNCED);
    defensiveKillShare = v.si(ModelParameter.DEFENSIVE_KILL_SHARE);
    jettisonInDive = v.si(ModelParameter.JETTISON_IN_DIVE);
    abortBomber = v.si(ModelParameter.ABORT_BOMBER);
    sweepRadiusM = v.si(ModelParameter.SWEEP_RADIUS);
    sweepHalfWindowS = v.si(ModelParameter.SWEEP_HALF_WINDOW);
    aaFireDuty = v.si(ModelParameter.AA_FIRE_DUTY);
    aaTwilight = v.si(ModelParameter.AA_TWILIGHT);
    aaNightRadar = v.si(ModelParameter.AA_NIGHT_RADAR);
    aaNightSearchlights = v.si(ModelParameter.AA_NIGHT_SEARCHLIGHTS);
    aaNightBlind = v.si(ModelParameter.AA_NIGHT_BLIND);
    aaMarginalOptical = v.si(ModelParameter.AA_MARGINAL_OPTICAL);
    aaAdverseOptical = v.si(ModelParameter.AA_ADVERSE_OPTICAL);
    aaBadRadar = v.si(ModelParameter.AA_BAD_RADAR);
    lightAaCeilingM = v.si(ModelParameter.LIGHT_AA_CEILING);
    suppressionGuns = v.si(ModelParameter.SUPPRESSION_GUNS);
    suppressedReleaseM = v.si(ModelParameter.SUPPRESSED_RELEASE);
    hitFactorBridge = v.si(ModelParameter.HIT_FACTOR_BRIDGE);
    daBombShare = v.si(ModelParameter.DA_BOMB_SHARE);
    daDelayMinS = v.si(ModelParameter.DA_DELAY_MIN);
    daDelayMaxS = v.si(ModelParameter.DA_DELAY_MAX);
    repairStrafeLossS = v.si(ModelParameter.REPAIR_STRAFE_LOSS);
    replacementS = v.si(ModelParameter.REPLACEMENT);
    patrolPilotShare = v.si(ModelParameter.PATROL_PILOT_SHARE);
    aaDamagePerKill = v.si(ModelParameter.AA_DAMAGE_PER_KILL);
    bombNight = v.si(ModelParameter.BOMB_NIGHT);
    bombTwilight = v.si(ModelParameter.BOMB_TWILIGHT);
    bombMarginal = v.si(ModelParameter.BOMB_MARGINAL);
    bombAdverse = v.si(ModelParameter.BOMB_ADVERSE);
    bombDamaged = v.si(ModelParameter.BOMB_DAMAGED);
    engagementS = v.si(ModelParameter.ENGAGEMENT);
    fighterRepairS = v.si(ModelParameter.FIGHTER_REPAIR);
    pilotSurvives = v.si(ModelParameter.PILOT_SURVIVES);
    intruderValue = v.si(ModelParameter.INTRUDER_VALUE);
    patrolStationS = v.si(ModelParameter.PATROL_STATION);
    patrolReliefS = v.si(ModelParameter.PATROL_RELIEF);
    flightsPerDecision = (int) v.si(ModelParameter.FLIGHTS_PER_DECISION);
  }
}
