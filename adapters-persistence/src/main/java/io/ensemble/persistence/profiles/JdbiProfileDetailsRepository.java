package io.ensemble.persistence.profiles;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.profiles.ProfileDetails;
import io.ensemble.profiles.ProfileDetailsRepository;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ProfileDetailsRepository} on {@code profile_details}, one row per user (issue 23 §5). */
public final class JdbiProfileDetailsRepository extends JdbiRepository implements ProfileDetailsRepository {
    private static final String COLUMNS = "first_name, last_name, cover_image_url, timezone, language, gender, "
            + "date_of_birth, onboarding_step, industries, role_in_organisation, business_type, pincode, updated_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM profile_details WHERE user_id = :userId";
    private static final String UPSERT = "INSERT INTO profile_details (user_id, " + COLUMNS + ") VALUES (:userId, "
            + ":firstName, :lastName, :coverImage, :timezone, :language, :gender, :dateOfBirth, :step, :industries, "
            + ":role, :businessType, :pincode, :updatedAt) ON CONFLICT (user_id) DO UPDATE SET "
            + "first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, "
            + "cover_image_url = EXCLUDED.cover_image_url, timezone = EXCLUDED.timezone, language = EXCLUDED.language, "
            + "gender = EXCLUDED.gender, date_of_birth = EXCLUDED.date_of_birth, "
            + "onboarding_step = EXCLUDED.onboarding_step, industries = EXCLUDED.industries, "
            + "role_in_organisation = EXCLUDED.role_in_organisation, business_type = EXCLUDED.business_type, "
            + "pincode = EXCLUDED.pincode, updated_at = EXCLUDED.updated_at";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiProfileDetailsRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public Optional<ProfileDetails> find(UUID userId) {
        return handles.with(h -> h.createQuery(FIND).bind("userId", userId).map((rs, ctx) -> {
            Date dob = rs.getDate("date_of_birth");
            return new ProfileDetails(userId, rs.getString("first_name"), rs.getString("last_name"),
                    rs.getString("cover_image_url"), rs.getString("timezone"), rs.getString("language"),
                    rs.getString("gender"), Optional.ofNullable(dob).map(Date::toLocalDate), rs.getInt("onboarding_step"),
                    strings(rs.getArray("industries")), rs.getString("role_in_organisation"),
                    rs.getString("business_type"), rs.getString("pincode"), SqlTime.read(rs, "updated_at"));
        }).findOne());
    }

    @Override
    public void save(ProfileDetails d) {
        handles.use(h -> h.createUpdate(UPSERT).bind("userId", d.userId()).bind("firstName", d.firstName())
                .bind("lastName", d.lastName()).bind("coverImage", d.coverImage()).bind("timezone", d.timezone())
                .bind("language", d.language()).bind("gender", d.gender())
                .bind("dateOfBirth", d.dateOfBirth().orElse(null)).bind("step", d.onboardingStep())
                .bindArray("industries", String.class, d.industries()).bind("role", d.roleInOrganisation())
                .bind("businessType", d.businessType()).bind("pincode", d.pincode())
                .bind("updatedAt", SqlTime.at(d.updatedAt())).execute());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
