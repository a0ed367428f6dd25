package se.omvarld.service;

import se.omvarld.adapter.http.web.WebSettings;
import se.omvarld.service.mail.SmtpSettings;

/**
 * Starts the service with the settings of the environment ({@link ServiceSettings}, the web app's
 * {@link WebSettings}, and {@link SmtpSettings} for the reminders by e-mail) and runs it until the process is
 * stopped; stopping it finishes the requests in flight first.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ServiceSettings settings = ServiceSettings.fromEnvironment(System.getenv());
        Service service = Service.start(settings, WebSettings.fromEnvironment(System.getenv(),
                settings.publicAddress()), SmtpSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
    }
}
