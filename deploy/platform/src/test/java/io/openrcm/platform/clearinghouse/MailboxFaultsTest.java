package io.openrcm.platform.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SFTP client and the outbound poller against an in-test MINA SSHD server: whole uploads, a session dropped
 * mid-upload, the server down, a changed host key, a file still growing, the same file twice, and a file that cannot
 * be read (failed folder, reason, 999 back in the inbound folder, work-queue row).
 */
class MailboxFaultsTest {

    @TempDir
    Path dir;
    TestClearinghouse clearinghouse;
    SftpMailbox mailbox;
    final MemoryFileLedger ledger = new MemoryFileLedger();
    final List<String> taken = new ArrayList<>();

    /** Takes *.999 files; one starting with "garbage" is unreadable. */
    final FileIntake intake = new FileIntake() {
        @Override
        public boolean wants(String name) {
            return name.endsWith(".999") || name.endsWith(".277");
        }

        @Override
        public Outcome take(InboundFile file) {
            if (file.text().startsWith("garbage")) {
                return new Unreadable("segment 1: not an ISA", "ISA*REJECTED~".getBytes(StandardCharsets.US_ASCII));
            }
            taken.add(file.name() + ":" + file.text());
            return new Taken("1 claim");
        }
    };

    @BeforeEach
    void start() throws Exception {
        clearinghouse = new TestClearinghouse(dir);
        clearinghouse.start();
        mailbox = new SftpMailbox();
    }

    @AfterEach
    void stop() throws Exception {
        mailbox.close();
        clearinghouse.close();
    }

    private MailboxPoller poller() {
        return new MailboxPoller(intake, ledger, "999/277", "system:test", Clock.systemUTC());
    }

    @Test
    void anUploadArrivesWholeUnderItsFinalNameAndNoPartIsLeft() throws Exception {
        byte[] content = "ISA*00*...~".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        try (MailboxSession s = mailbox.open(clearinghouse.connection())) {
            s.upload("/inbound", "000000001.837", content);
        }
        assertThat(Files.readAllBytes(clearinghouse.folder("inbound/000000001.837"))).isEqualTo(content);
        assertThat(clearinghouse.folder("inbound/000000001.837.part")).doesNotExist();
    }

    @Test
    void aConnectionDroppedMidUploadLeavesNoFinalFileAndTheResendIsWhole() throws Exception {
        byte[] content = "ST*837*0001~".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
        clearinghouse.dropAfterBytes.set(content.length / 3);
        assertThatThrownBy(() -> {
            try (MailboxSession s = mailbox.open(clearinghouse.connection())) {
                s.upload("/inbound", "000000002.837", content);
            }
        }).isInstanceOf(Exception.class);
        assertThat(clearinghouse.folder("inbound/000000002.837")).doesNotExist();

        try (MailboxSession s = mailbox.open(clearinghouse.connection())) {
            s.upload("/inbound", "000000002.837", content);
        }
        assertThat(Files.readAllBytes(clearinghouse.folder("inbound/000000002.837"))).isEqualTo(content);
        assertThat(clearinghouse.folder("inbound/000000002.837.part")).doesNotExist();
    }

    @Test
    void aServerDownIsRetriedWithBackoffAndReportedUntilItAnswers() throws Exception {
        Connection c = clearinghouse.connection();
        clearinghouse.stop();
        List<String> rounds = new ArrayList<>();
        MailboxRunner runner = new MailboxRunner("test-runner", java.util.Optional::empty,
                List.of((s, conn) -> rounds.add("round")), Clock.systemUTC());
        try {
            runner.runOnce(c);
            runner.runOnce(c);
            assertThat(runner.health().up()).isFalse();
            assertThat(runner.health().consecutiveFailures()).isEqualTo(2);
            assertThat(runner.health().lastError()).isNotBlank();
            // A connection fault is shown to operators as it is.
            assertThat(runner.health().connectionError()).isEqualTo(runner.health().lastError());
            assertThat(runner.health().nextDelay(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(20));
            assertThat(rounds).isEmpty();

            clearinghouse.start();
            runner.runOnce(c);
            assertThat(runner.health().up()).isTrue();
            assertThat(runner.health().nextDelay(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
            assertThat(rounds).containsExactly("round");
        } finally {
            runner.close();
        }
    }

    @Test
    void aTaskFailingForAnotherReasonThanTheConnectionShowsOnlyItsKindToOperators() throws Exception {
        MailboxRunner runner = new MailboxRunner("test-runner", java.util.Optional::empty, List.of((s, conn) -> {
            throw new IllegalStateException("duplicate key (member_id)=(W123456789)");
        }), Clock.systemUTC());
        try {
            runner.runOnce(clearinghouse.connection());
            assertThat(runner.health().up()).isFalse();
            assertThat(runner.health().lastError()).contains("W123456789");
            assertThat(runner.health().connectionError()).startsWith("IllegalStateException")
                    .doesNotContain("W123456789");
        } finally {
            runner.close();
        }
    }

    @Test
    void aChangedHostKeyIsRefusedAndReported() throws Exception {
        clearinghouse.changeHostKey();
        assertThatThrownBy(() -> mailbox.open(clearinghouse.connection()).close())
                .isInstanceOf(HostKeyRefusedException.class).hasMessageContaining("not the known");

        MailboxRunner runner = new MailboxRunner("test-runner", java.util.Optional::empty, List.of(),
                Clock.systemUTC());
        try {
            runner.runOnce(clearinghouse.connection());
            assertThat(runner.health().hostKeyRefused()).isTrue();
            assertThat(runner.health().up()).isFalse();
        } finally {
            runner.close();
        }
    }

    @Test
    void aFileStillGrowingIsReadOnlyOnceItsSizeStandsStill() throws Exception {
        Path file = clearinghouse.folder("outbound/ack-1.999");
        Files.writeString(file, "ISA*first half");
        MailboxPoller poller = poller();
        try (MailboxSession s = mailbox.open(clearinghouse.connection())) {
            assertThat(poller.round(s, clearinghouse.connection()).waiting()).isEqualTo(1);
            Files.writeString(file, "ISA*first half, second half~IEA~");
            assertThat(poller.round(s, clearinghouse.connection()).waiting()).isEqualTo(1);
            assertThat(taken).isEmpty();
            assertThat(poller.round(s, clearinghouse.connection()).taken()).isEqualTo(1);
        }
        assertThat(taken).containsExactly("ack-1.999:ISA*first half, second half~IEA~");
        assertThat(clearinghouse.folder("outbound/archive/ack-1.999")).exists();
        assertThat(file).doesNotExist();
    }

    @Test
    void partAndDotFilesAndOtherServicesFilesAreLeftAlone() throws Exception {
        Files.writeString(clearinghouse.folder("outbound/.ack-2.999.part"), "ISA*");
        Files.writeString(clearinghouse.folder("outbound/era-1.835"), "ISA*835");
        MailboxPoller poller = poller();
        try (MailboxSession s = mailbox.open(clearinghouse.connection())) {
            poller.round(s, clearinghouse.connection());
            poller.round(s, clearinghouse.connection());
        }
        assertThat(taken).isEmpty();
        assertThat(clearinghouse.folder("outbound/.ack-2.999.part")).exists();
        assertThat(clearinghouse.folder("outbound/era-1.835")).exists();
    }

    @Test
    void theSameFileSeenTwiceIsTakenOnce() throws Exception {
        Path file = clearinghouse.folder("outbound/ack-3.277");
        Files.writeString(file, "ISA*277~");
        MailboxPoller poller = poller();
        try (MailboxSession s = mailbox.open(clearinghouse.connection())) {
            poller.round(s, clearinghouse.connection());
            assertThat(poller.round(s, clearinghouse.connection()).taken()).isEqualTo(1);
            // The clearinghouse drops the very same file again.
            Files.writeString(file, "ISA*277~");
            poller.round(s, clearinghouse.connection());
            MailboxPoller.Round again = poller.round(s, clearinghouse.connection());
            assertThat(again.taken()).isZero();
            assertThat(again.alreadyTaken()).isEqualTo(1);
        }
        assertThat(taken).containsExactly("ack-3.277:ISA*277~");
        assertThat(file).doesNotExist();
        assertThat(clearinghouse.folder("outbound/archive/ack-3.277")).exists();
    }

    @Test
    void anUnreadableFileGoesToFailedWithItsReasonAndItsRejecting999GoesBack() throws Exception {
        Path file = clearinghouse.folder("outbound/ack-4.999");
        Files.writeString(file, "garbage, cut short");
        MailboxPoller poller = poller();
        try (MailboxSession s = mailbox.open(clearinghouse.connection())) {
            poller.round(s, clearinghouse.connection());
            assertThat(poller.round(s, clearinghouse.connection()).failed()).isEqualTo(1);
        }
        assertThat(file).doesNotExist();
        assertThat(clearinghouse.folder("outbound/failed/ack-4.999")).exists();
        assertThat(Files.readString(clearinghouse.folder("outbound/failed/ack-4.999.reason.txt")))
                .isEqualTo("segment 1: not an ISA");
        assertThat(Files.readString(clearinghouse.folder("inbound/ack-4.999.999"))).isEqualTo("ISA*REJECTED~");
        assertThat(ledger.list(FileLedger.FAILED, 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("segment 1: not an ISA"));
        assertThat(taken).isEmpty();
    }
}
