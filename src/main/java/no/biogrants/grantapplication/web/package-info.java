/**
 * The applicant's pages of the application: the list ({@code applications.xhtml}), the form ({@code
 * application.xhtml}) and the receipt.
 *
 * <h2>The application form: one bean per step</h2>
 *
 * <p>{@code /grantapplication/application.xhtml} has one bean per step of the form, each
 * {@code @Named @ViewScoped} and named {@code Application<Step>Page} after the step:
 *
 * <ul>
 *   <li>{@link no.biogrants.grantapplication.web.ApplicationPage} (the page's own bean): the loaded
 *       application, the view parameters {@code id} and {@code step}, the moves between steps
 *       (every move saves the whole draft), withdrawing, answering the caseworker's question, and
 *       what every step asks (which parts may be changed now). It gathers the content and details
 *       to save from the step beans.
 *   <li>One bean per {@link no.biogrants.grantapplication.ApplicationPart}: {@link
 *       no.biogrants.grantapplication.web.ApplicationAboutPage} (1), {@link
 *       no.biogrants.grantapplication.web.ApplicationTrainingPlanPage} (2), {@link
 *       no.biogrants.grantapplication.web.ApplicationCostsPage} (3, also the live figures), {@link
 *       no.biogrants.grantapplication.web.ApplicationDeMinimisPage} (4), {@link
 *       no.biogrants.grantapplication.web.ApplicationCommitteePage} (5). Each holds its step's
 *       fields and row actions, is filled by {@code ApplicationPage} on load and injects {@code
 *       ApplicationPage} where it needs the shared state.
 *   <li>{@link no.biogrants.grantapplication.web.ApplicationSummaryPage}: the summary step and the
 *       rules every step shows (next to the fields, in the side panel, in the step list), and the
 *       submission.
 * </ul>
 *
 * <p>Each step's markup is an include, {@code WEB-INF/includes/application/<step>.xhtml} (under
 * {@code WEB-INF} so it is no page of its own); the include uses its step's bean and {@code
 * applicationPage}. A new step gets a bean and an include of the same name, and the README's page
 * map lists its bean in the page's row.
 *
 * <h2>View parameters: OmniFaces {@code @Param}</h2>
 *
 * <p>{@code application.xhtml} ({@code id}, {@code step}), {@code receipt.xhtml} ({@code id}) and
 * {@code applicant/company.xhtml} ({@code id}) take their view parameters as {@code @Inject @Param}
 * fields instead of {@code f:viewParam} with a setter; the {@code f:viewAction} load stays. The
 * value is injected when the view-scoped bean is made (the first request of the view) and kept by
 * the bean on postbacks; every non-ajax action that changes the application redirects to {@code
 * ?id=&step=}, a new view with a new bean. A missing id is a new application (the form) or 404
 * (receipt, company); an unknown or foreign id is 404, as before. Two differences from {@code
 * f:viewParam}, both outside what the pages offer: an id or step that is not a number is taken as
 * missing (OmniFaces adds its conversion message) instead of stopping the view action; and on a
 * postback the step is no longer set back to the URL's step before the action runs (a read-only
 * application moves one step per click from where it is shown, as the buttons say).
 */
package no.biogrants.grantapplication.web;
