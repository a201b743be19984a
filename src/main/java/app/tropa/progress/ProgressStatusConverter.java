package app.tropa.progress;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a status as its API code, so the database reads like the API. */
@Converter(autoApply = true)
public class ProgressStatusConverter implements AttributeConverter<ProgressStatus, String> {

    @Override
    public String convertToDatabaseColumn(ProgressStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public ProgressStatus convertToEntityAttribute(String code) {
        return code == null ? null : ProgressStatus.parse(code)
                .orElseThrow(() -> new IllegalStateException("Unknown progress status in the database: " + code));
    }
}
