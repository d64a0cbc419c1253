/**
 * BIO grants: a county's grants for in-house training (bedriftsintern opplæring), from the
 * company's application to the last payment. Each feature is a package below this one, and each
 * feature's {@code package-info.java} states its rules.
 *
 * <h2>Rule ids</h2>
 *
 * A rule a feature enforces has an id: the feature's prefix, a hyphen, a letter or two and a
 * number, written in bold where the rule is stated ({@code <b>APP-R1</b>}). An id is unique in the
 * whole application, never reused for another rule, and kept when the text around it moves. Other
 * places name the rule by its id in plain text ("rule PRIV-G3"). The prefixes:
 *
 * <table>
 *   <caption>Rule id prefix per feature package</caption>
 *   <tr><th>Package</th><th>Prefix</th></tr>
 *   <tr><td>applicant</td><td>COMP</td></tr>
 *   <tr><td>assessment</td><td>ASS</td></tr>
 *   <tr><td>attachment</td><td>ATT</td></tr>
 *   <tr><td>audit</td><td>AUD</td></tr>
 *   <tr><td>budget</td><td>BUD</td></tr>
 *   <tr><td>county</td><td>CTY</td></tr>
 *   <tr><td>casework</td><td>CASE</td></tr>
 *   <tr><td>casework.letter</td><td>LET</td></tr>
 *   <tr><td>grantapplication</td><td>APP</td></tr>
 *   <tr><td>grantapplication.api</td><td>API</td></tr>
 *   <tr><td>identity</td><td>ID</td></tr>
 *   <tr><td>infrastructure</td><td>INF</td></tr>
 *   <tr><td>payment</td><td>PAY</td></tr>
 *   <tr><td>privacy</td><td>PRIV</td></tr>
 *   <tr><td>reporting</td><td>REP</td></tr>
 *   <tr><td>scheme</td><td>SCH</td></tr>
 *   <tr><td>staff</td><td>STF</td></tr>
 * </table>
 *
 * A package not in the table takes the prefix of the nearest package above it that is (so {@code
 * casework.appeal} states CASE rules). Where users see a rule's code, they see the id without its
 * prefix: the application's broken rules are shown on the form, in the case's side panel and in the
 * API's {@code brokenRules} as "R1" for APP-R1.
 *
 * <h2>Tests cite the rules</h2>
 *
 * Every id is cited by at least one test that proves it (unit or integration), by the test method's
 * name: it starts with the id in Java form, the prefix in lower case without the hyphen, followed
 * by an underscore: {@code appR1_noCosts} proves APP-R1. A test proving several rules names each:
 * {@code appR14_appR15_appR16_sizeCountyAndLegalFormAreSoftGateRules}. {@code RuleIdsCitedTest}
 * fails on an id declared twice, an id without its package's prefix, a reference to an id that is
 * not declared, and an id no test cites.
 */
package no.biogrants;
