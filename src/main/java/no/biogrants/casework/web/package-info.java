/**
 * The casework pages ({@code src/main/webapp/casework/}): the queue, the approver's decisions, the
 * case, the ranking and the appeal pages. Each page {@code casework/<name>.xhtml} has its bean
 * {@code <Name>Page} here.
 *
 * <p><b>The case page is split per panel.</b> {@code casework/case.xhtml} is a frame of includes,
 * one per panel, in {@code WEB-INF/includes/case/} ({@code impartiality}, {@code application},
 * {@code divergence}, {@code gates}, {@code question}, {@code assignment}, {@code scoring}, {@code
 * recommendation}, {@code decision}, {@code history}, {@code audit-trail}). Its beans:
 *
 * <ul>
 *   <li>{@link no.biogrants.casework.web.CasePage}, the page bean: takes the {@code id}, opens the
 *       case (or answers "not found"), and shows the application, whether the user may see its
 *       content, and the audit trail;
 *   <li>one bean per panel, named {@code Case<Panel>Page}, {@code @Named @ViewScoped}, in the
 *       feature that owns the panel: {@code assessment.web.CaseImpartialityPage}, {@code
 *       CaseGatesPage}, {@code CaseScoringPage} (also the divergence), {@code
 *       CaseRecommendationPage}; here {@link no.biogrants.casework.web.CaseQuestionPage}, {@link
 *       no.biogrants.casework.web.CaseAssignmentPage}, {@link
 *       no.biogrants.casework.web.CaseDecisionPage};
 *   <li>what they share, the case as loaded, the user's impartiality and the check every action
 *       makes first (someone else changed the case meanwhile: nothing is saved, the page reloads
 *       with a message), is {@code assessment.web.OpenCase}, not a page bean. It lives in {@code
 *       assessment.web} because the assessment panels need it and {@code assessment} may not depend
 *       on {@code casework} ({@code FeatureCycleTest}).
 * </ul>
 *
 * A panel bean loads what it shows when the page first uses it (its {@code @PostConstruct}, after
 * {@code CasePage.load} opened the case) and keeps it for the view; each action ends, when it
 * succeeds, with a redirect to {@code case.xhtml?id=…} (post-redirect-get). The README's page map
 * lists all the page's beans in its row.
 *
 * <p><b>View parameters by OmniFaces.</b> {@code CasePage} and {@code AppealPage} take {@code
 * ?id=}, {@code QueuePage} and {@code DecisionsPage} {@code ?status=}, as fields injected with
 * OmniFaces' {@code Param} annotation instead of an {@code f:viewParam} with a setter. The value is
 * read when the bean is made: for the view-scoped case and appeal pages that is the first (GET)
 * request, whose {@code f:viewAction} loads the page, and the view keeps it over the postbacks of
 * its forms (which post to the page without a query string and end with a redirect to {@code
 * …?id=}). A missing or unknown id answers 404 as before; so does an id that is not a number
 * (before, the failed view parameter skipped the load). An unknown {@code ?status=} still leaves
 * the queue unfiltered: {@code open} does nothing when the parameter failed, as the skipped {@code
 * f:viewAction} did.
 *
 * <p>{@code casework/applicant-appeal.xhtml} keeps {@code f:viewParam name="id"}: its attachment
 * upload and delete ({@code attachment.web.AttachmentPanel}) send the browser back to the same page
 * with {@code includeViewParams=true}, which carries only {@code f:viewParam}s; with the annotation
 * the redirect after an upload would lose the id and answer 404.
 */
package no.biogrants.casework.web;
