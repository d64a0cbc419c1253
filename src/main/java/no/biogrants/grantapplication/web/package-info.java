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
 * <h2>View parameters: OmniFaces {@code @Param}, except on the form</h2>
 *
 * <p>{@code receipt.xhtml} and {@code applicant/company.xhtml} take their {@code id} as an
 * {@code @Inject @Param} field instead of {@code f:viewParam} with a setter; the {@code
 * f:viewAction} load stays. The value is injected when the view-scoped bean is made (the first
 * request of the view) and kept by the bean on postbacks; their actions redirect to {@code ?id=}, a
 * new view. A missing, unknown or foreign id is 404, as before; an id that is not a number is taken
 * as missing (OmniFaces adds its conversion message).
 *
 * <p>{@code application.xhtml} keeps {@code f:viewParam} for {@code id} and {@code step}: the
 * attachment panel below the form ({@code attachment.web.AttachmentPanel}, shared with other
 * features' pages) reloads the page after an upload or a delete with {@code
 * includeViewParams=true}, which repeats only the parameters the view declares as {@code
 * f:viewParam}. With {@code @Param} that redirect lost the id (the form came back empty, as a new
 * application) and the step. {@code @Param} could take over here once the panel redirects with the
 * page's parameters itself.
 */
package no.biogrants.grantapplication.web;
