/**
 * Where reinforcements should stand: a pool of units that may come and the places they may go
 * ({@code Pool}, read by {@code PoolReader}), the feasible stationing plans ({@code Plans}), an
 * analytic screen of each plan's gain ({@code Screen}), and the ranking of the promising plans by
 * simulation under common random numbers with Kim and Nelson's fully sequential selection procedure
 * ({@code Reinforcer}, {@code KimNelson}; Kim and Nelson 2001). The study layer's {@code
 * ReinforceStudy} runs it with the settings' defaults.
 */
package io.airshield.reinforce;
