package no.biogrants.infrastructure.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Locale;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.MoneyFormat;
import org.junit.jupiter.api.Test;

/**
 * The API's error answers as far as they are pure: messages per field, language (who may call what:
 * ApiKeyFilterTest).
 */
class ApiExceptionMappersTest {

  @Test
  void apiA3_everyViolationBecomesItsFieldAndItsBokmalMessage() {
    List<ApiFieldError> errors =
        ApiExceptionMappers.fieldErrors(
            List.of(
                FieldViolation.of("title", "validation.title.required"),
                FieldViolation.of("costItems[0].description", "validation.tooLong", 300),
                FieldViolation.of(null, "api.bodyRequired")),
            MoneyFormat.NORWEGIAN);

    assertThat(errors)
        .containsExactly(
            new ApiFieldError("title", "Skriv en tittel."),
            new ApiFieldError("costItems[0].description", "Teksten er for lang (høyst 300 tegn)."),
            new ApiFieldError(null, "Forespørselen mangler innhold (JSON)."));
  }

  @Test
  void apiA7_englishWhenTheCallerPrefersIt() {
    assertThat(
            ApiExceptionMappers.fieldErrors(
                    List.of(FieldViolation.of("title", "validation.title.required")),
                    Locale.ENGLISH)
                .get(0)
                .message())
        .doesNotContain("Skriv")
        .isNotBlank();
    assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("nb"))))
        .isEqualTo(Locale.ENGLISH);
    assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("nn"), Locale.ENGLISH)))
        .isEqualTo(MoneyFormat.NORWEGIAN);
    assertThat(ApiLanguage.of(List.of(Locale.GERMAN))).isEqualTo(MoneyFormat.NORWEGIAN);
    assertThat(ApiLanguage.of(List.of())).isEqualTo(MoneyFormat.NORWEGIAN);
    assertThat(ApiLanguage.of(null)).isEqualTo(MoneyFormat.NORWEGIAN);
  }

  @Test
  void apiA4_aBusinessExceptionInsideAnEjbExceptionIsFoundAndAConflictIsAConflict() {
    BusinessException rule =
        new BusinessException(
            List.of(
                FieldViolation.of("costItems", "rule.cost.noCosts"),
                FieldViolation.of("amountApplied", "rule.amountNotPositive")));

    assertThat(ApiExceptionMappers.find(new EJBException(rule), BusinessException.class))
        .isSameAs(rule);
    assertThat(
            ApiExceptionMappers.find(
                new EJBException(new AccessDeniedException()), BusinessException.class))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(rule.messageKey()).isEqualTo("rule.cost.noCosts");
    assertThat(FacesActions.isConflict(new EJBException(new OptimisticLockException()))).isTrue();
  }
}
