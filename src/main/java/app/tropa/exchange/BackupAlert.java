package app.tropa.exchange;

import app.tropa.i18n.Lang;

import java.time.ZoneId;
import java.util.Optional;

/** The dashboard's notice while backups fail, in the learner's language: what failed, and the last good one. */
public record BackupAlert(String problem, String lastGood) {

    public static Optional<BackupAlert> of(Optional<BackupHealth.Notice> notice, Lang lang, ZoneId zone) {
        ExchangeMsg m = ExchangeWords.msg(lang);
        return notice.map(n -> {
            String when = ExportView.when(n.last().at(), zone);
            String reason = ExchangeWords.backupReason(n.last().reason(), m);
            String problem = n.inARow() > 1 ? m.backup_alert_again(when, reason, n.inARow())
                    : m.backup_alert(when, reason);
            String good = n.lastGood() == null ? m.backup_alert_no_good()
                    : m.backup_alert_last_good(ExportView.when(n.lastGood(), zone));
            return new BackupAlert(problem, good);
        });
    }
}
