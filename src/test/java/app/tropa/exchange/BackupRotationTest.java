package app.tropa.exchange;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which backups to make and keep, with the clock injected. */
class BackupRotationTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void shouldMakeADailyBackupOncePerLearnerDay() {
        Instant now = Instant.parse("2026-11-20T22:30:00Z"); // 01:30 on the 21st in Moscow
        BackupRotation rotation = new BackupRotation(Clock.fixed(now, ZoneOffset.UTC), MOSCOW, 30);

        assertTrue(rotation.dailyDue(List.of()));
        assertTrue(rotation.dailyDue(List.of(file("20261120T200000Z", BackupFile.Kind.DAILY))),
                "23:00 on the 20th in Moscow was yesterday");
        assertFalse(rotation.dailyDue(List.of(file("20261120T210500Z", BackupFile.Kind.DAILY))),
                "00:05 on the 21st in Moscow is today");
        assertTrue(rotation.dailyDue(List.of(file("20261120T220000Z", BackupFile.Kind.BEFORE_REPLACE))),
                "a backup before a replace-import is not the daily one");
    }

    @Test
    void shouldKeepTheNewestOfEachKind() {
        BackupRotation rotation = new BackupRotation(Clock.systemUTC(), ZoneOffset.UTC, 3);
        List<BackupFile> files = new ArrayList<>();
        for (int day = 10; day <= 15; day++) {
            files.add(file("202611" + day + "T030000Z", BackupFile.Kind.DAILY));
        }
        files.add(file("20261101T030000Z", BackupFile.Kind.BEFORE_REPLACE));
        files.add(file("20261112T030000Z", BackupFile.Kind.MANUAL));

        List<String> deleted = rotation.toDelete(files).stream().map(BackupFile::name).toList();

        assertEquals(List.of("tropa-backup-20261112T030000Z-daily.json", "tropa-backup-20261111T030000Z-daily.json",
                "tropa-backup-20261110T030000Z-daily.json"), deleted);
    }

    @Test
    void shouldTellApartBackupsMadeInTheSameSecond() {
        BackupRotation rotation = new BackupRotation(Clock.systemUTC(), ZoneOffset.UTC, 1);
        BackupFile first = BackupFile.parse("tropa-backup-20261112T030000Z-before-replace.json", 1).orElseThrow()
                .withCheck(BackupFile.Check.VERIFIED);
        BackupFile second = BackupFile.parse("tropa-backup-20261112T030000Z-before-replace-2.json", 1).orElseThrow()
                .withCheck(BackupFile.Check.VERIFIED);

        assertEquals(List.of(first), rotation.toDelete(List.of(first, second)));
    }

    @Test
    void shouldOnlyKnowNamesOfItsOwnShape() {
        assertTrue(BackupFile.parse("../tropa-backup-20261112T030000Z-daily.json", 1).isEmpty());
        assertTrue(BackupFile.parse("tropa-backup-20261112T030000Z-daily.json.part", 1).isEmpty());
        assertTrue(BackupFile.parse("notes.json", 1).isEmpty());
        assertEquals("tropa-backup-20261112T030000Z-manual-3.json",
                BackupFile.name(Instant.parse("2026-11-12T03:00:00.999Z"), BackupFile.Kind.MANUAL, 3));
        assertThrows(IllegalArgumentException.class, () -> new BackupRotation(Clock.systemUTC(), MOSCOW, 0));
    }

    @Test
    void shouldNeverDeleteAGoodBackupForOnesNotKnownToBeGood() {
        BackupRotation rotation = new BackupRotation(Clock.systemUTC(), ZoneOffset.UTC, 2);
        List<BackupFile> files = new ArrayList<>(List.of(file("20261110T030000Z", BackupFile.Kind.DAILY),
                file("20261111T030000Z", BackupFile.Kind.DAILY),
                file("20261112T030000Z", BackupFile.Kind.DAILY).withCheck(BackupFile.Check.FAILED),
                file("20261113T030000Z", BackupFile.Kind.DAILY).withCheck(BackupFile.Check.UNCHECKED),
                file("20261114T030000Z", BackupFile.Kind.DAILY).withCheck(BackupFile.Check.CHANGED)));

        assertEquals(List.of(), rotation.toDelete(files), "three newer backups, none known to be good");

        files.add(file("20261115T030000Z", BackupFile.Kind.DAILY));
        assertEquals(List.of("tropa-backup-20261110T030000Z-daily.json"),
                rotation.toDelete(files).stream().map(BackupFile::name).toList(),
                "the oldest good one goes once two good ones are newer; the others wait until two good ones are newer "
                        + "than them");

        files.add(file("20261116T030000Z", BackupFile.Kind.DAILY));
        assertEquals(List.of("tropa-backup-20261114T030000Z-daily.json", "tropa-backup-20261113T030000Z-daily.json",
                "tropa-backup-20261112T030000Z-daily.json", "tropa-backup-20261111T030000Z-daily.json",
                "tropa-backup-20261110T030000Z-daily.json"),
                rotation.toDelete(files).stream().map(BackupFile::name).toList());
    }

    @Test
    void shouldMakeTodaysDailyBackupAgainWhenTheOneMadeIsNotKnownToBeGood() {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        BackupRotation rotation = new BackupRotation(Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC, 30);

        assertTrue(rotation.dailyDue(List.of(file("20261120T030000Z", BackupFile.Kind.DAILY)
                .withCheck(BackupFile.Check.FAILED))));
        assertTrue(rotation.dailyDue(List.of(file("20261120T030000Z", BackupFile.Kind.DAILY)
                .withCheck(BackupFile.Check.UNCHECKED))));
        assertFalse(rotation.dailyDue(List.of(file("20261120T030000Z", BackupFile.Kind.DAILY))));
    }

    /** A backup that was read back whole. */
    private static BackupFile file(String stamp, BackupFile.Kind kind) {
        return BackupFile.parse("tropa-backup-" + stamp + "-" + kind.code() + ".json", 100).orElseThrow()
                .withCheck(BackupFile.Check.VERIFIED);
    }
}
