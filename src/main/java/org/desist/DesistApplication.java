package org.desist;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DesistApplication {
    public static void main(String[] args) {
        SpringApplication.run(DesistApplication.class, args);
    }
}
