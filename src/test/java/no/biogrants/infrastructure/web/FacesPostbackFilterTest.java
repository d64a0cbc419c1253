package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

/** A Faces postback by GET changes nothing (issue 14, item 14). */
class FacesPostbackFilterTest {

  private final FacesPostbackFilter filter = new FacesPostbackFilter();

  private static FakeHttp profileSaveByGet() {
    FakeHttp http = new FakeHttp();
    http.servletPath = "/applicant/company.xhtml";
    http.parameters.put("profileForm", new String[] {"profileForm"});
    http.parameters.put("profileForm:save", new String[] {""});
    http.parameters.put(FacesPostbackFilter.VIEW_STATE, new String[] {"-123:456"});
    return http;
  }

  @Test
  void infW4_aPostbackByGetIsRefusedWith405AndRunsNothing() throws Exception {
    FakeHttp http = profileSaveByGet();
    filter.doFilter(http.request(), http.response(), http.chain());
    assertThat(http.status).isEqualTo(405);
    assertThat(http.header("Allow")).isEqualTo("POST");
    assertThat(http.passedOn).as("Faces never saw the request").isNull();
  }

  @Test
  void infW4_aPostbackByPostAndAPlainGetGoOn() throws Exception {
    FakeHttp post = profileSaveByGet();
    post.method = "POST";
    filter.doFilter(post.request(), post.response(), post.chain());
    assertThat(post.passedOn).isNotNull();
    assertThat(post.status).isEqualTo(200);

    FakeHttp get = new FakeHttp();
    get.servletPath = "/applicant/company.xhtml";
    get.parameters.put("id", new String[] {"7"});
    filter.doFilter(get.request(), get.response(), get.chain());
    assertThat(get.passedOn).isNotNull();
    assertThat(((HttpServletRequest) get.passedOn).getParameter("id")).isEqualTo("7");
  }

  @Test
  void infW4_theErrorPageOfARefusedGetIsRenderedFreshWithoutTheViewState() throws Exception {
    FakeHttp http = profileSaveByGet();
    http.dispatcherType = DispatcherType.ERROR;
    http.servletPath = "/error/405.xhtml";
    filter.doFilter(http.request(), http.response(), http.chain());
    HttpServletRequest seen = (HttpServletRequest) http.passedOn;
    assertThat(seen.getParameter(FacesPostbackFilter.VIEW_STATE)).isNull();
    assertThat(seen.getParameterMap()).containsOnlyKeys("profileForm", "profileForm:save");
  }

  @Test
  void infW7_theErrorPageOfAFailedPostIsRenderedFreshToo() throws Exception {
    FakeHttp http = profileSaveByGet();
    http.method = "POST";
    http.dispatcherType = DispatcherType.ERROR;
    http.servletPath = "/error/500.xhtml";
    filter.doFilter(http.request(), http.response(), http.chain());
    HttpServletRequest seen = (HttpServletRequest) http.passedOn;
    assertThat(seen.getParameter(FacesPostbackFilter.VIEW_STATE)).isNull();
    assertThat(seen.getParameterNames().hasMoreElements()).isTrue();
  }
}
