package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DecisionOutcome;
import io.consumerprotection.core.complaint.DeclineReason;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.complaint.Representation;
import io.consumerprotection.core.complaint.Satisfaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic, realistic year of complaints at a city commercial bank: the same seed gives the same
 * dataset. Branches, channels, business categories and causes follow the proportions in the seeds (credit
 * cards about a third, loans a fifth, regulator transfers a few percent); about 5% are paused, 12% extended,
 * 3% decided late, 3% reviewed, 4% withdrawn, 2% declined, and those received in the last days of the year
 * are still open. Narratives carry synthetic personal data (valid check digits) for the scrubber to find.
 */
public final class DemoDataset {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The branches of the demo bank: id and name. */
    public static final List<Map.Entry<String, String>> BRANCHES = List.of(
            Map.entry("BR-01", "营业部"), Map.entry("BR-02", "城东支行"), Map.entry("BR-03", "城西支行"),
            Map.entry("BR-04", "高新支行"), Map.entry("BR-05", "开发区支行"), Map.entry("BR-06", "滨江支行"),
            Map.entry("BR-07", "南湖支行"), Map.entry("BR-08", "北城支行"), Map.entry("BR-09", "新区支行"),
            Map.entry("BR-10", "临港支行"), Map.entry("BR-11", "县域支行"), Map.entry("BR-12", "科技支行"));

    private static final Channel[] CHANNELS = {Channel.HOTLINE, Channel.BRANCH_COUNTER, Channel.MOBILE_APP,
            Channel.REGULATOR_TRANSFER, Channel.PBOC_TRANSFER, Channel.LETTER, Channel.EMAIL, Channel.ONLINE_BANKING,
            Channel.SUGGESTION_BOX, Channel.MEDIA, Channel.PETITION};
    private static final int[] CHANNEL_WEIGHTS = {45, 18, 10, 9, 3, 3, 3, 4, 1, 1, 3};

    private final long seed;
    private final int count;
    private final int year;
    public DemoDataset(long seed, int count, int year) {
        this.seed = seed;
        this.count = count;
        this.year = year;
    }

    /** Where the disputed service happened (JR/T 0169 axis A), guessed from the intake channel. */
    private static String businessChannel(Channel channel) {
        return switch (channel) {
            case HOTLINE -> "01032";
            case MOBILE_APP -> "01033";
            case ONLINE_BANKING -> "01031";
            default -> "01011";
        };
    }

    /** The last instant of the demo year: "now" for the open complaints. */
    public Instant endOfYear() {
        return LocalDate.of(year, 12, 31).atTime(18, 0).atZone(CHINA).toInstant();
    }

    /** The cases, ordered by receipt. */
    public List<DemoCase> cases() {
        SplittableRandom random = new SplittableRandom(seed);
        int totalTopicWeight = Topic.ALL.stream().mapToInt(Topic::weight).sum();
        List<DemoCase> cases = new ArrayList<>(count);
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        for (int i = 0; i < count; i++) {
            SplittableRandom r = random.split();
            LocalDate day = first.plusDays((long) i * days / count);
            ZonedDateTime received = day.atTime(LocalTime.of(8 + r.nextInt(12), r.nextInt(60), r.nextInt(60))).atZone(CHINA);
            Topic topic = pick(r, totalTopicWeight);
            Channel channel = CHANNELS[weighted(r, CHANNEL_WEIGHTS)];
            Map.Entry<String, String> branch = BRANCHES.get(r.nextInt(BRANCHES.size()));
            cases.add(build(r, i, received.toInstant(), topic, channel, branch.getKey()));
        }
        return cases;
    }

    private DemoCase build(SplittableRandom r, int index, Instant received, Topic topic, Channel channel, String unit) {
        String name = SyntheticIdentity.name(r);
        String template = topic.narratives().get(r.nextInt(topic.narratives().size()));
        String card = SyntheticIdentity.cardNumber(r);
        String id = SyntheticIdentity.residentId(r);
        String mobile = SyntheticIdentity.mobile(r);
        String narrative = template
                .replace("{card}", card)
                .replace("{id}", id)
                .replace("{mobile}", mobile)
                .replace("{amount}", Integer.toString(50 + r.nextInt(200) * 50))
                .replace("{name}", name);
        List<String> planted = new ArrayList<>();
        for (String[] slot : new String[][] {{"{card}", card}, {"{id}", id}, {"{mobile}", mobile}, {"{name}", name}}) {
            if (template.contains(slot[0])) {
                planted.add(slot[1]);
            }
        }
        Complainant complainant = Complainant.person(String.format("CUST-%07d", r.nextInt(9_999_999)), name);
        if (r.nextInt(40) == 0) {
            complainant = complainant.representedBy(Representation.AGENT, "AGENT-" + index);
        }
        String first = unit + "-EMP-" + (1 + r.nextInt(6));
        Intake intake = Intake.builder()
                .channel(channel).channelReference(channel.name().substring(0, 3) + "-" + year + "-" + String.format("%06d", index))
                .complainant(complainant).respondent(unit).request(topic.request()).narrative(narrative)
                .receivedAt(received).receivingUnit(unit).firstContactHandler(first).build();

        List<DemoCase.Step> steps = new ArrayList<>();
        Clock t = new Clock(received);
        String handler = unit + "-EMP-" + (7 + r.nextInt(6));
        int outcome = r.nextInt(1000);
        if (outcome < 20) {
            steps.add(new DemoCase.Step(t.plusHours(r, 1, 20), first, new ComplaintAction.Decline(
                    DeclineReason.NOT_FROM_COMPLAINANT_OR_AGENT, "提交人未提供授权委托书")));
            return new DemoCase(intake, topic, steps, planted);
        }
        steps.add(new DemoCase.Step(t.plusHours(r, 1, 20), first, new ComplaintAction.Accept()));
        steps.add(new DemoCase.Step(t.plusHours(r, 1, 8), first, new ComplaintAction.Assign(handler)));
        steps.add(new DemoCase.Step(t.plusHours(r, 1, 6), handler, new ComplaintAction.StartInvestigation()));
        steps.add(new DemoCase.Step(t.plusHours(r, 2, r.nextInt(10) == 0 ? 120 : 60), handler,
                new ComplaintAction.RecordContact(r.nextBoolean() ? NoticeMethod.PHONE : NoticeMethod.SMS)));
        steps.add(new DemoCase.Step(t.plusHours(r, 4, r.nextInt(10) == 0 ? 160 : 70), handler,
                new ComplaintAction.ProposePlan("核实交易记录与合同条款后给出处理方案")));
        if (outcome < 60) {
            steps.add(new DemoCase.Step(t.plusHours(r, 2, 48), "CUSTOMER", new ComplaintAction.Withdraw("客户表示问题已解决，撤回投诉")));
            return new DemoCase(intake, topic, steps, planted);
        }
        DecisionOutcome result = r.nextInt(10) < 6 ? DecisionOutcome.UPHELD
                : r.nextBoolean() ? DecisionOutcome.PARTLY_UPHELD : DecisionOutcome.NOT_UPHELD;
        steps.add(new DemoCase.Step(t.plusHours(r, 1, 24), handler, new ComplaintAction.Classify(Map.of(
                "CHANNEL", businessChannel(channel), "BUSINESS", topic.businessCode(), "CAUSE", topic.causeCode(),
                "RESPONSIBILITY", result == DecisionOutcome.NOT_UPHELD ? "02" : "01"))));
        int decideAfterDays = 3 + r.nextInt(10);
        if (outcome < 110) {
            boolean mediation = r.nextBoolean();
            steps.add(new DemoCase.Step(t.plusHours(r, 2, 24), handler, new ComplaintAction.Pause(
                    mediation ? PauseReason.MEDIATION : PauseReason.OUTSIDE_APPRAISAL, NoticeMethod.SMS,
                    mediation ? "客户同意由金融纠纷调解中心调解" : "委托第三方司法鉴定签名真伪")));
            steps.add(new DemoCase.Step(t.plusDays(r, 3, 12), handler, new ComplaintAction.Resume()));
        }
        if (outcome >= 110 && outcome < 230) {
            boolean very = outcome < 140;
            steps.add(new DemoCase.Step(t.plusHours(r, 24, 96), handler, very
                    ? new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, unit + "-HEAD", NoticeMethod.POST, "涉及多个部门及外部机构，情况特别复杂")
                    // PBoC Order 2020 No. 5 art. 43: any extension needs the complaint-handling head's approval
                    : new ComplaintAction.Extend(HandlingTier.COMPLEX, channel == Channel.PBOC_TRANSFER ? unit + "-HEAD" : null,
                            NoticeMethod.SMS, "需调取历史交易记录，情况复杂")));
            decideAfterDays = very ? 20 + r.nextInt(35) : 12 + r.nextInt(15);
        } else if (outcome >= 230 && outcome < 260) {
            decideAfterDays = 16 + r.nextInt(6);  // late: past 15 days without an extension
        }
        Instant decideAt = received.plus(Duration.ofDays(decideAfterDays)).plus(Duration.ofHours(r.nextInt(8)));
        if (decideAt.isAfter(endOfYear())) {
            return new DemoCase(intake, topic, steps, planted);   // still open at the end of the year
        }
        t.atLeast(decideAt);
        Decision decision = r.nextInt(100) == 0
                ? new Decision(result, "经核实交易记录", "依据合同约定", java.util.Set.of(), NoticeMethod.SMS, "SMS-" + index)
                : Decision.withAllRemedies(result, "经核实交易记录及录音录像，情况属实", "依据产品合同及监管规定",
                        r.nextBoolean() ? NoticeMethod.SMS : NoticeMethod.PHONE, "PROOF-" + index);
        steps.add(new DemoCase.Step(t.now(), handler, new ComplaintAction.Decide(decision)));
        if (r.nextInt(100) < 85) {
            int s = r.nextInt(100);
            Satisfaction satisfaction = s < 70 ? Satisfaction.SATISFIED : s < 90 ? Satisfaction.BASICALLY_SATISFIED
                    : Satisfaction.UNSATISFIED;
            steps.add(new DemoCase.Step(t.plusHours(r, 2, 72), handler, new ComplaintAction.RecordSatisfaction(satisfaction)));
        }
        if (outcome >= 260 && outcome < 290) {
            steps.add(new DemoCase.Step(t.plusDays(r, 2, 25), "CUSTOMER", new ComplaintAction.RequestReview("对处理结果不满意，申请核查")));
            steps.add(new DemoCase.Step(t.plusDays(r, 5, 35), unit + "-HEAD", new ComplaintAction.DecideReview(
                    Decision.withAllRemedies(DecisionOutcome.NOT_UPHELD, "核查维持原处理意见", "原处理符合规定",
                            NoticeMethod.POST, "EMS-" + index))));
        }
        Instant closeAt = t.plusDays(r, 1, 5);
        if (!closeAt.isAfter(endOfYear())) {
            steps.add(new DemoCase.Step(closeAt, handler, new ComplaintAction.Close()));
        }
        return new DemoCase(intake, topic, steps, planted);
    }

    private static Topic pick(SplittableRandom r, int total) {
        int x = r.nextInt(total);
        for (Topic topic : Topic.ALL) {
            x -= topic.weight();
            if (x < 0) {
                return topic;
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    /** A moving instant for one case's steps. */
    private static final class Clock {
        private Instant now;

        Clock(Instant start) {
            this.now = start;
        }

        Instant plusHours(SplittableRandom r, int min, int max) {
            now = now.plus(Duration.ofMinutes(60L * min + r.nextInt(60 * (max - min) + 1)));
            return now;
        }

        Instant plusDays(SplittableRandom r, int min, int max) {
            return plusHours(r, 24 * min, 24 * max);
        }

        void atLeast(Instant t) {
            if (t.isAfter(now)) {
                now = t;
            }
        }

        Instant now() {
            return now;
        }
    }
}
