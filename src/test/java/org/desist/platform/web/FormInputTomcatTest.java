package org.desist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form filter in a real Tomcat with Desist's limits (2 MB form posts, 20 MB swallowed): what a browser gets
 * for an over-size form post is the redirect back to its page, not a closed connection or a 413; the body is
 * never parsed. MockMvc cannot show this: it has no connector.
 */
class FormInputTomcatTest {

    private static final int MAX_FORM_POST = 2 * 1024 * 1024;

    @TempDir
    static Path base;

    static Tomcat tomcat;
    static int port;
    static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        var connector = tomcat.getConnector();
        connector.setMaxPostSize(MAX_FORM_POST);
        connector.setProperty("maxSwallowSize", String.valueOf(20 * 1024 * 1024));
        Context context = tomcat.addContext("", base.toString());
        Tomcat.addServlet(context, "page", new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.getWriter()
                        .write("saved "
                                + Arrays.toString(request.getParameter("text").getBytes()));
            }
        });
        context.addServletMappingDecoded("/*", "page");
        FilterDef filter = new FilterDef();
        filter.setFilterName("formInput");
        filter.setFilter(new FormInput.FormInputFilter(MAX_FORM_POST, 10 * 1024 * 1024));
        context.addFilterDef(filter);
        FilterMap mapping = new FilterMap();
        mapping.setFilterName("formInput");
        mapping.addURLPattern("/*");
        context.addFilterMap(mapping);
        tomcat.start();
        port = tomcat.getConnector().getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/children/1/edit"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Referer", "http://localhost:" + port + "/children/1/edit?tab=details")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOverSizeFormPostIsRedirectedBackToItsPage() throws Exception {
        var response = post("text=" + "x".repeat(MAX_FORM_POST + 1));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/children/1/edit?tab=details");

        // The connection is still usable: Tomcat swallowed the unread body.
        var next = post("text=ok");
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostWithinTheLimitIsReadWithoutItsControlCharacters() throws Exception {
        var response = post("text=a%00b%09c%07");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("saved " + Arrays.toString("ab\tc".getBytes()));
    }
}
