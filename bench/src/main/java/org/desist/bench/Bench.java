package org.desist.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Desist's benchmark commands (docs/performance.md).
 *
 * <pre>
 * java -jar bench/target/desist-bench.jar generate --scale=national [--seed=2027] [--today=2026-11-25]
 *      [--url=jdbc:postgresql://localhost:54329/desist] [--user=postgres] [--threads=2] [--replace]
 * </pre>
 *
 * The generated staff accounts' password comes from the environment variable {@code DESIST_BENCH_PASSWORD}:
 * there is no default.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        String url = options.getOrDefault("url", "jdbc:postgresql://localhost:54329/desist");
        String user = options.getOrDefault("user", "postgres");
        String dbPassword = System.getenv().getOrDefault("DESIST_BENCH_DB_PASSWORD", "");
        switch (args[0]) {
            case "generate" -> generate(options, url, user, dbPassword);
            default -> usage();
        }
    }

    private static void generate(Map<String, String> options, String url, String user, String dbPassword)
            throws Exception {
        String password = System.getenv("DESIST_BENCH_PASSWORD");
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException(
                    "Set DESIST_BENCH_PASSWORD (12 characters or more): the generated staff accounts' password");
        }
        Generate.Scale scale = Generate.Scale.valueOf(
                options.getOrDefault("scale", "hundredth").toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(options.getOrDefault("seed", "2027"));
        LocalDate today = LocalDate.parse(options.getOrDefault("today", LocalDate.now().toString()));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        System.out.printf(
                "Generating %s: %d services, %,d children, seed %d, today %s, %d threads, into %s%n",
                scale, scale.services, scale.services * Generate.CHILDREN_PER_SERVICE, seed, today, threads, url);
        Generate generate = new Generate(scale, seed, today, password);
        generate.load(url, user, dbPassword, threads, options.containsKey("replace"));
        long nanos = generate.loadNanos;
        long total = Generate.total(generate.rows);
        System.out.printf("%-26s %12s %10s %12s%n", "table", "rows", "COPY s", "rows/s");
        generate.rows.forEach((table, rows) -> {
            double seconds = generate.nanos.get(table).get() / 1e9;
            System.out.printf("%-26s %,12d %10.2f %,12.0f%n", table, rows.get(), seconds, rows.get() / seconds);
        });
        System.out.printf(
                "%,d rows in %s: %,.0f rows/s overall; COPY itself %,.0f rows/s per connection%n",
                total,
                Duration.ofNanos(nanos).toString().substring(2).toLowerCase(Locale.ROOT),
                total / (nanos / 1e9),
                total / (generate.copyNanos.get() / 1e9 / threads) / threads);
    }

    private static void usage() {
        System.out.println("usage: generate --scale=hundredth|tenth|national [--seed=2027] [--today=YYYY-MM-DD]"
                + " [--url=jdbc:postgresql://localhost:54329/desist] [--user=postgres] [--threads=2]");
    }
}
