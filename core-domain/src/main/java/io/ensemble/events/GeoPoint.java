package io.ensemble.events;

/**
 * A point on the earth in WGS 84 degrees (seeds/000 {@code latitude DECIMAL(10,8)},
 * {@code longitude DECIMAL(11,8)}).
 *
 * @param latitude -90..90
 * @param longitude -180..180
 */
public record GeoPoint(double latitude, double longitude) {
    /**
     * Mean earth radius in metres used by distance computations. It is PostgreSQL earthdistance's
     * {@code earth()} value, so in-memory and SQL distances agree.
     */
    public static final double EARTH_RADIUS_METRES = 6_378_168d;

    /** @throws IllegalArgumentException when a coordinate is out of range or not a number */
    public GeoPoint {
        if (!validLatitude(latitude) || !validLongitude(longitude)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + "," + longitude);
        }
    }

    /** @return whether {@code value} is a finite latitude in -90..90 */
    public static boolean validLatitude(double value) {
        return Double.isFinite(value) && value >= -90 && value <= 90;
    }

    /** @return whether {@code value} is a finite longitude in -180..180 */
    public static boolean validLongitude(double value) {
        return Double.isFinite(value) && value >= -180 && value <= 180;
    }

    /**
     * Great-circle distance on a sphere of {@link #EARTH_RADIUS_METRES} (haversine formula).
     *
     * @return metres from this point to {@code other}
     */
    public double metresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLng = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
