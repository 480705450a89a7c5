package io.openrcm.dashboard.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in to the dashboard page as a browser does, without one: asks for the page, follows the redirect to the
 * provider's real login page, submits its form with a user's name and password, and comes back with the code, which
 * the dashboard exchanges (PKCE) for its session cookie. Cookies are kept per host by hand (the provider may mark
 * them Secure, which a plain-HTTP test would otherwise drop).
 */
final class KeycloakLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ANY_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    /** Signs in at the dashboard whose root is {@code page}; returns the dashboard's cookies (the session). */
    String signIn(URI page, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> start = send(HttpRequest.newBuilder(page).header("Accept", "text/html").GET());
        URI login = location(start, 302);
        HttpResponse<String> form = send(HttpRequest.newBuilder(login).GET());
        if (form.statusCode() != 200) {
            throw new IllegalStateException("the login page answered " + form.statusCode());
        }
        Matcher action = FORM_ACTION.matcher(form.body());
        if (!action.find()) {
            action = ANY_ACTION.matcher(form.body());
            if (!action.find()) {
                throw new IllegalStateException("no login form on the provider's page");
            }
        }
        URI post = login.resolve(action.group(1).replace("&amp;", "&"));
        String fields = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(post)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
        URI back = location(submitted, 302);
        // The dashboard exchanges the code for tokens and sets its session cookie, then sends the browser on.
        HttpResponse<String> landed = send(HttpRequest.newBuilder(back).header("Accept", "text/html").GET());
        if (landed.statusCode() != 302 && landed.statusCode() != 200) {
            throw new IllegalStateException("the dashboard answered " + landed.statusCode() + " to the code");
        }
        return cookieHeader(page);
    }

    /** The Cookie header this browser sends to the host of {@code uri}. */
    String cookieHeader(URI uri) {
        StringBuilder header = new StringBuilder();
        cookies.getOrDefault(hostOf(uri), Map.of()).forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                .append(name).append('=').append(value));
        return header.toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        String cookie = cookieHeader(built.uri());
        HttpRequest withCookies = cookie.isEmpty() ? built : HttpRequest.newBuilder(built, (n, v) -> true)
                .header("Cookie", cookie).build();
        HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString());
        Map<String, String> jar = cookies.computeIfAbsent(hostOf(built.uri()), h -> new LinkedHashMap<>());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    jar.remove(pair.substring(0, eq).trim());
                } else {
                    jar.put(pair.substring(0, eq).trim(), value);
                }
            }
        }
        return response;
    }

    private static URI location(HttpResponse<String> response, int status) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() != status || location == null) {
            throw new IllegalStateException(response.request().uri().getPath() + " answered " + response.statusCode()
                    + " instead of a redirect");
        }
        return response.request().uri().resolve(location);
    }

    private static String hostOf(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
