package org.ocop.rules.internal.drools;

/** The council and the policies of one rating. Internal to the Drools engine. */
public final class SetupFact implements Described {

    private final int members;
    private final int councilSize;
    private final String chair;
    private final String secretary;
    private final String minimumPolicy;
    private final String consensus;
    private final boolean quorum;
    private final int maxSpread;
    private final boolean secretaryMustNotScore;

    /** Creates the fact. */
    public SetupFact(int members, int councilSize, String chair, String secretary, String minimumPolicy, String consensus, boolean quorum, int maxSpread, boolean secretaryMustNotScore) {
        this.members = members;
        this.councilSize = councilSize;
        this.chair = chair;
        this.secretary = secretary;
        this.minimumPolicy = minimumPolicy;
        this.consensus = consensus;
        this.quorum = quorum;
        this.maxSpread = maxSpread;
        this.secretaryMustNotScore = secretaryMustNotScore;
    }

    /** The members. */
    public int getMembers() {
        return members;
    }

    /** The councilSize. */
    public int getCouncilSize() {
        return councilSize;
    }

    /** The chair. */
    public String getChair() {
        return chair;
    }

    /** The secretary. */
    public String getSecretary() {
        return secretary;
    }

    /** The minimumPolicy. */
    public String getMinimumPolicy() {
        return minimumPolicy;
    }

    /** The consensus. */
    public String getConsensus() {
        return consensus;
    }

    /** The quorum. */
    public boolean isQuorum() {
        return quorum;
    }

    /** The maxSpread. */
    public int getMaxSpread() {
        return maxSpread;
    }

    /** The secretaryMustNotScore. */
    public boolean isSecretaryMustNotScore() {
        return secretaryMustNotScore;
    }

    /** The least number of members that is a strict majority. */
    public int getMajority() {
        return members / 2 + 1;
    }

    /** The least number of participants that is three quarters of the council (rounded up). */
    public int getQuorumNeeded() {
        return (councilSize * 3 + 3) / 4;
    }

    @Override
    public String describe() {
        return "policy " + minimumPolicy + ", consensus " + consensus;
    }

    @Override
    public String toString() {
        return describe();
    }
}
