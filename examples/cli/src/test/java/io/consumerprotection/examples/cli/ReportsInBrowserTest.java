package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.examples.host.demo.BuildStamp;
import io.consumerprotection.examples.host.demo.DayAtTheBank;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Renders the demo report and the audit report in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) at 1280 px and as printed on A4, and checks what a reader sees: no element wider than
 * its container or the page, no raw enum name, no Java record text, no finding message left in English. The demo
 * report it checks is made in the test by the code under test; a full demo's report ({@code -Pdemo}) is checked too,
 * and its screenshot replaces {@code docs/demo-report.png}, only when its build stamp ({@link BuildStamp}) is this
 * code's. Skipped, with a message, where no browser is installed.
 */
class ReportsInBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("cp.test.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("cp.test.chromedriver", "/usr/bin/chromedriver"));
    /** An enum constant's name: capitals joined by underscores (RESIDENT_ID, MET_LATE, REMEDIES_REQUIRED). */
    private static final Pattern ENUM_NAME = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_-])");
    /** A Java record's toString: {@code VetoResult[veto=…}, {@code ScrubProfile[channel=…}. */
    private static final Pattern RECORD_TEXT = Pattern.compile("[A-Za-z]+\\[[a-zA-Z]+=");
    /** A Java map printed as it is ({A=1, B=2}): a report shows names and counts, not a collection's toString. */
    private static final Pattern MAP_TEXT = Pattern.compile("\\{[A-Za-z0-9_.:-]+=[^}]*}");
    /** Single-word codes the name table names; in a Chinese report they must not show as such. */
    private static final List<String> WORD_CODES = List.of("HOTLINE", "MOBILE", "BANK_CARD", "CRITICAL", "HIGH", "MEDIUM",
            "LOW", "FAIL", "PASS", "OVERDUE", "PAUSED", "ENDED", "MET", "COMPLAINT", "UPHELD");

    /** Finds every element that is wider than its parent box or than the page; returns a description of each. */
    private static final String OVERFLOWS = """
            const out = [];
            const page = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > page + 1) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + page);
            for (const el of document.body.querySelectorAll('*')) {
              if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              const name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className : '')
                  + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
              if (r.right > page + 1) out.push(name + ' ends at ' + Math.round(r.right) + ' > page ' + page);
              if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) out.push(name
                  + (getComputedStyle(el).overflowX === 'visible' ? ' spills ' : ' hides ')
                  + (el.scrollWidth - el.clientWidth) + ' px of its content (text or children wider than the box)');
              const p = el.parentElement;
              if (p && p !== document.body && getComputedStyle(el).position !== 'absolute') {
                const q = p.getBoundingClientRect();
                if (r.right > q.right + 1 || r.left < q.left - 1) out.push(name + ' overflows its ' + p.tagName.toLowerCase()
                    + ' by ' + Math.round(Math.max(r.right - q.right, q.left - r.left)) + ' px');
              }
            }
            return out.slice(0, 20);
            """;

    private static ChromeDriver browser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no browser: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver fonts-noto-cjk)"
                        + " to run the report checks; looked for " + CHROMIUM + " and " + DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withSilent(true).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAuditReportFitsAndNamesEveryCode() throws Exception {
        Path in = dir.resolve("complaints.jsonl");
        Files.writeString(in, AuditCommandTest.LATE.strip() + "\n", StandardCharsets.UTF_8);
        Path html = dir.resolve("audit.html");
        CliRun r = CliRun.run("audit", "--input", in.toString(), "--as-of", "2024-12-31", "--format", "html",
                "--output", html.toString(), "--include-passes");
        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.SOME_ERRORS);
        String text = check(html, "audit");
        assertThat(text).contains("消费者权益保护审计报告", "检查基准时间 2024-12-31 23:59:59", "不通过", "严重程度");
        assertThat(text.indexOf("不通过")).isGreaterThan(0);
        assertThat(text).as("finding messages in Chinese").contains("作出处理决定").doesNotContain("days late", "not due yet",
                "never paused");
    }

    @Test
    void theDemoReportFitsAndNamesEveryCode(TestReporter reporter) throws Exception {
        Path out = dir.resolve("demo");
        Files.createDirectories(out);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (JdbcHost host = JdbcHost.h2InMemory()) {
            DayAtTheBank.run(new DayAtTheBank.Options(20241231L, 600, 2024, out), host,
                    new PrintStream(log, true, StandardCharsets.UTF_8));
        }
        String text = check(out.resolve("report.html"), "demo");
        assertThat(text).contains("演示银行一年的投诉", "假设", "等级区间", "每条规则一例").doesNotContain("days late", "overdue");
        Path screenshot = out.resolve("demo-report.png");
        browser.manage().window().setSize(new Dimension(1280, 2400));
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        assertThat(Files.readString(out.resolve("report.html"))).contains("<meta name=\"cp-build\" content=\""
                + BuildStamp.current() + "\">");
        // the full demo's report (mvn -B -q -ntp -Pdemo -DskipTests package), when it is there and was made by the code
        // under test (its cp-build stamp), is checked too and its picture replaces docs/demo-report.png; a report
        // made by other code is left alone, and so is the tree without one
        Path full = Path.of("../host/target/demo/report.html");
        Path docs = Path.of("../../docs/demo-report.png");
        Optional<String> stamp = Files.isRegularFile(full) ? stampOf(full) : Optional.empty();
        if (Files.isRegularFile(full) && !stamp.equals(Optional.of(BuildStamp.current()))) {
            reporter.publishEntry("full demo report", full + " was made by other code (cp-build " + stamp.orElse("none")
                    + ", this code " + BuildStamp.current() + "): not checked; run the demo again to check it");
        }
        if (stamp.equals(Optional.of(BuildStamp.current()))) {
            check(full, "demo (full run)");
            browser.manage().window().setSize(new Dimension(1280, 2400));
            Path picture = out.resolve("full-demo-report.png");
            Files.write(picture, browser.getScreenshotAs(OutputType.BYTES));
            if (Files.isRegularFile(docs)) {
                Files.copy(picture, docs, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The build stamp a report was made with, if it has one. */
    static Optional<String> stampOf(Path report) throws java.io.IOException {
        Matcher m = Pattern.compile("<meta name=\"cp-build\" content=\"([0-9a-f]+)\">").matcher(Files.readString(report));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Test
    void aReportMadeByOtherCodeIsToldApart() throws Exception {
        Path old = Files.writeString(dir.resolve("old-report.html"), "<html><head><meta charset=\"utf-8\"></head></html>");
        assertThat(stampOf(old)).isEmpty();
        Path other = Files.writeString(dir.resolve("other-report.html"), "<meta name=\"cp-build\" content=\"0123456789abcdef\">");
        assertThat(stampOf(other)).contains("0123456789abcdef").isNotEqualTo(Optional.of(BuildStamp.current()));
    }

    /** Loads the page at 1280 px and as printed on A4; returns its visible text after the checks. */
    private static String check(Path page, String what) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(page.toUri().toString());
        JavascriptExecutor js = browser;
        @SuppressWarnings("unchecked")
        List<String> screen = (List<String>) js.executeScript(OVERFLOWS);
        assertThat(screen).as(what + " at 1280 px").isEmpty();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        // A4 portrait less 12 mm margins: 186 mm at 96 dpi
        browser.manage().window().setSize(new Dimension(703, 1000));
        @SuppressWarnings("unchecked")
        List<String> printed = (List<String>) js.executeScript(OVERFLOWS);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.manage().window().setSize(new Dimension(1280, 1000));
        assertThat(printed).as(what + " printed on A4").isEmpty();
        String text = (String) js.executeScript("return document.body.innerText");
        Matcher m = ENUM_NAME.matcher(text);
        List<String> raw = m.results().map(x -> x.group() + " in \"" + text.substring(Math.max(0, x.start() - 60),
                Math.min(text.length(), x.end() + 20)).replace('\n', ' ') + "\"").limit(5).toList();
        assertThat(raw).as(what + ": raw enum names in the text").isEmpty();
        assertThat(RECORD_TEXT.matcher(text).find()).as(what + ": Java record text").isFalse();
        assertThat(MAP_TEXT.matcher(text).find()).as(what + ": Java map text").isFalse();
        assertThat(text).as(what + ": a finding message shown in English").doesNotContain("（英文）");
        for (String code : WORD_CODES) {
            assertThat(Pattern.compile("(?<![A-Za-z0-9_-])" + code + "(?![A-Za-z0-9_-])").matcher(text).find())
                    .as(what + ": raw code " + code).isFalse();
        }
        return text;
    }
}
