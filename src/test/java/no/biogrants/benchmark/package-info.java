/**
 * Synthetic data for benchmarks at scale (issue #6): {@link no.biogrants.benchmark.SyntheticData}
 * fills a MariaDB database of its own with N applications ({@code mvn -Pgenerate}); the scripts
 * that measure on it are in {@code src/test/benchmark/} (README, "Benchmarks").
 *
 * <ul>
 *   <li>Never part of {@code mvn verify}: a main class, run only by the {@code generate} profile.
 *   <li>Deterministic: application i draws from its own random stream (seed and i), so the
 *       allocation pass and the writing pass see the same application, and a run can be repeated.
 *   <li>The data obeys the application's invariants: balance rows equal their ledger, no line is
 *       committed beyond its allocation, a grant never pays out more than it committed,
 *       organisation numbers and bank accounts pass MOD11, municipalities belong to their county.
 *   <li>It writes rows with their ids, in bulk batches, with foreign-key and unique checks off for
 *       its sessions, and builds the big tables' secondary indexes after the load.
 *   <li>It refuses a database with data (unless told to wipe it) and the integration tests'
 *       databases.
 * </ul>
 */
package no.biogrants.benchmark;
