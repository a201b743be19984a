package app.tropa.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** Facts about the data folder itself, such as when the learner began. */
@Entity
@Table(name = "app_meta")
public class AppMeta extends PanacheEntityBase {

    public static final String CREATED_AT = "created_at";

    @Id
    @Column(name = "meta_key")
    public String key;

    @Column(name = "meta_value")
    public String value;

    public static Optional<String> get(String key) {
        return AppMeta.<AppMeta>findByIdOptional(key).map(m -> m.value);
    }

    public static void put(String key, String value) {
        AppMeta meta = AppMeta.<AppMeta>findByIdOptional(key).orElseGet(AppMeta::new);
        meta.key = key;
        meta.value = value;
        meta.persist();
    }
}
