package io.consumerprotection.examples.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.examples.host.demo.CodeNames.Language;
import io.consumerprotection.examples.host.demo.DayAtTheBank;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

    @Test
    void theReportIsChineseInTheBanksZoneUnlessAskedOtherwise() {
        DayAtTheBank.Options o = Demo.options(new String[] {});
        assertThat(o.complaints()).isEqualTo(10_000);
        assertThat(o.language()).isEqualTo(Language.ZH);
        assertThat(o.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void langAndZoneAreOptionsBesideThePositionalArguments() {
        DayAtTheBank.Options o = Demo.options(new String[] {"600", "out", "--lang", "both", "--zone=Asia/Hong_Kong"});
        assertThat(o.complaints()).isEqualTo(600);
        assertThat(o.outputDirectory().getFileName()).hasToString("out");
        assertThat(o.language()).isEqualTo(Language.BOTH);
        assertThat(o.zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
        assertThat(Demo.options(new String[] {"--lang=EN"}).language()).isEqualTo(Language.EN);
    }

    @Test
    void aBadArgumentIsNamedWithWhatIsAccepted() {
        assertThatThrownBy(() -> Demo.options(new String[] {"--lang", "fr"})).hasMessage("--lang (fr): accepted zh, en or both");
        assertThatThrownBy(() -> Demo.options(new String[] {"--zone", "Mars/Base"}))
                .hasMessage("--zone (Mars/Base) is not a time zone such as Asia/Shanghai");
        assertThatThrownBy(() -> Demo.options(new String[] {"--language", "en"}))
                .hasMessage("unknown option --language; accepted: --lang, --zone");
        assertThatThrownBy(() -> Demo.options(new String[] {"many"})).hasMessage("COMPLAINTS (many) is not a whole number");
        assertThatThrownBy(() -> Demo.options(new String[] {"--lang"})).hasMessage("--lang needs a value");
    }
}
