package no.biogrants.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.LocaleSelection;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.CaseListExports;
import no.biogrants.reporting.ExportJob;

/**
 * GET /reporting/export-file?id=…: the file of the user's own finished background export, streamed
 * from disk.
 */
@WebServlet("/reporting/export-file")
public class ExportFileDownload extends HttpServlet {

  @Inject private CaseListExports exports;
  @Inject private ActiveUser activeUser;
  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExportJob job = exports.finished(activeUser.getUsername(), request.getParameter("id"));
    if (job == null || job.file() == null || !Files.exists(job.file())) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND,
          Messages.text(localeSelection.getLocale(), "reports.export.gone"));
      return;
    }
    response.setContentType(job.getFormat().contentType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + job.getFileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLengthLong(Files.size(job.file()));
    Files.copy(job.file(), response.getOutputStream());
  }
}
