package se.omvarld.service;

import se.omvarld.service.mail.SmtpSettings;

/**
 * Starts the service with the settings of the environment ({@link ServiceSettings}, and {@link SmtpSettings} for the
 * reminders by e-mail) and runs it until the process is stopped; stopping it finishes the requests in flight first.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Service service = Service.start(ServiceSettings.fromEnvironment(System.getenv()),
                SmtpSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
    }
}
