/**
 * Demo data for the one-command run and the tests, loaded only when {@code bio.demo-data=true} and
 * only into a database without users. It is built through the real services, so its ledger,
 * histories and audit trail obey the same rules as real data. All demo users share the password
 * {@value no.biogrants.demo.DemoDataLoader#DEMO_PASSWORD} and one PBKDF2 hash (demo only).
 * Companies are fictional, with generated MOD11-valid organisation numbers and bank accounts, a
 * real municipality of their county (2020 numbers) and a contact person; they are registered
 * through the company register, by the county's demo applicant. The demo applicant {@code soker}
 * has the draft, submitted, partly granted and rejected cases on their first company (where their
 * pages open) and the withdrawn, scored and recommended ones on the second; {@code soker.ny}
 * represents no company yet.
 */
package no.biogrants.demo;
