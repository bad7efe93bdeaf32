package org.plinth.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlinthApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlinthApplication.class, args);
    }
}
