package org.openimr.reviewers;

import java.util.Locale;

/** A US state (or the District of Columbia) that licenses health professionals. */
public enum UsState {
    ALABAMA("AL", "Alabama"), ALASKA("AK", "Alaska"), ARIZONA("AZ", "Arizona"), ARKANSAS("AR", "Arkansas"),
    CALIFORNIA("CA", "California"), COLORADO("CO", "Colorado"), CONNECTICUT("CT", "Connecticut"),
    DELAWARE("DE", "Delaware"), DISTRICT_OF_COLUMBIA("DC", "District of Columbia"), FLORIDA("FL", "Florida"),
    GEORGIA("GA", "Georgia"), HAWAII("HI", "Hawaii"), IDAHO("ID", "Idaho"), ILLINOIS("IL", "Illinois"),
    INDIANA("IN", "Indiana"), IOWA("IA", "Iowa"), KANSAS("KS", "Kansas"), KENTUCKY("KY", "Kentucky"),
    LOUISIANA("LA", "Louisiana"), MAINE("ME", "Maine"), MARYLAND("MD", "Maryland"),
    MASSACHUSETTS("MA", "Massachusetts"), MICHIGAN("MI", "Michigan"), MINNESOTA("MN", "Minnesota"),
    MISSISSIPPI("MS", "Mississippi"), MISSOURI("MO", "Missouri"), MONTANA("MT", "Montana"),
    NEBRASKA("NE", "Nebraska"), NEVADA("NV", "Nevada"), NEW_HAMPSHIRE("NH", "New Hampshire"),
    NEW_JERSEY("NJ", "New Jersey"), NEW_MEXICO("NM", "New Mexico"), NEW_YORK("NY", "New York"),
    NORTH_CAROLINA("NC", "North Carolina"), NORTH_DAKOTA("ND", "North Dakota"), OHIO("OH", "Ohio"),
    OKLAHOMA("OK", "Oklahoma"), OREGON("OR", "Oregon"), PENNSYLVANIA("PA", "Pennsylvania"),
    RHODE_ISLAND("RI", "Rhode Island"), SOUTH_CAROLINA("SC", "South Carolina"), SOUTH_DAKOTA("SD", "South Dakota"),
    TENNESSEE("TN", "Tennessee"), TEXAS("TX", "Texas"), UTAH("UT", "Utah"), VERMONT("VT", "Vermont"),
    VIRGINIA("VA", "Virginia"), WASHINGTON("WA", "Washington"), WEST_VIRGINIA("WV", "West Virginia"),
    WISCONSIN("WI", "Wisconsin"), WYOMING("WY", "Wyoming");

    private final String code;
    private final String displayName;

    UsState(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The postal code, e.g. "CA". */
    public String code() {
        return code;
    }

    /** The name as letters print it, e.g. "California". */
    public String displayName() {
        return displayName;
    }

    /** "California", "california", "CA" all give {@link #CALIFORNIA}. */
    public static UsState of(String nameOrCode) {
        String wanted = nameOrCode.strip();
        for (UsState s : values()) {
            if (s.displayName.equalsIgnoreCase(wanted) || s.code.equalsIgnoreCase(wanted)
                    || s.name().equals(wanted.toUpperCase(Locale.ROOT).replace(' ', '_'))) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a US state: " + nameOrCode);
    }
}
