package org.plinth.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlinthApplication {

    public static void main(String[] args) {
        // PLINTH_LOG_FORMAT=json switches the console to Boot's structured (Logstash JSON) layout,
        // which carries the MDC, so every line keeps its request id.
        String logFormat = System.getenv("PLINTH_LOG_FORMAT");
        if (logFormat != null && logFormat.equalsIgnoreCase("json")
                && System.getProperty("logging.structured.format.console") == null) {
            System.setProperty("logging.structured.format.console", "logstash");
        }
        SpringApplication.run(PlinthApplication.class, args);
    }
}
