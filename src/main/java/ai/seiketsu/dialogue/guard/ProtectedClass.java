package ai.seiketsu.dialogue.guard;

/**
 * The classes the US Fair Housing Act protects. {@link #SEX} includes gender identity and sexual orientation, as
 * HUD has read it since 2021 and as many state and local laws say outright; {@link #NATIONAL_ORIGIN} includes
 * ethnicity, language and immigration status; {@link #DISABILITY} includes mental illness and assistance animals.
 */
public enum ProtectedClass {
    RACE, COLOUR, RELIGION, NATIONAL_ORIGIN, SEX, FAMILIAL_STATUS, DISABILITY
}
