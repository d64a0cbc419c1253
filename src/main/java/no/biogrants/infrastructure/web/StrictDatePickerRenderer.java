package no.biogrants.infrastructure.web;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import org.primefaces.component.api.UICalendar;
import org.primefaces.component.datepicker.DatePickerRenderer;

/**
 * PrimeFaces' date picker (p:datePicker) with one change: a typed day that does not exist, such as
 * 31.02.2026, is refused with Faces' date message next to the field, where PrimeFaces would quietly
 * take the last day of the month (28.02.2026) and store a date nobody typed. Registered for the
 * component in faces-config.xml.
 */
public class StrictDatePickerRenderer extends DatePickerRenderer {

  @Override
  protected Temporal convertToJava8DateTimeAPI(
      FacesContext context, UICalendar calendar, Class<?> type, String value) {
    if (type == LocalDate.class && value != null && !value.isBlank()) {
      String pattern = calendar.calculatePattern();
      try {
        // "uuuu": the proleptic year, which the strict resolver takes without an era.
        LocalDate.parse(
            value.strip(),
            DateTimeFormatter.ofPattern(
                    pattern.replace('y', 'u'), calendar.calculateLocale(context))
                .withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw createConverterException(context, calendar, value, pattern);
      }
    }
    return super.convertToJava8DateTimeAPI(context, calendar, type, value);
  }
}
