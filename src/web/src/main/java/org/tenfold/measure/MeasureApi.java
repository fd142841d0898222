package org.tenfold.measure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.tenfold.api.Rest;

/** What the measure resources share: ids, item lists, created answers, and the address links are built from. */
final class MeasureApi {

    private MeasureApi() {
    }

    static int item(String text) {
        return (int) Math.min(Integer.MAX_VALUE, Rest.id("Question", text));
    }

    static Response created(URI location, Object entity) {
        return Response.created(location).entity(entity).build();
    }

    /** The address the caller reached the application at: {@code scheme://host[:port]/context/}. */
    static String base(HttpServletRequest request) {
        StringBuilder url = new StringBuilder().append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!(port == 80 && "http".equals(request.getScheme())) && !(port == 443 && "https".equals(request.getScheme()))) {
            url.append(':').append(port);
        }
        return url.append(request.getContextPath()).append('/').toString();
    }
}
