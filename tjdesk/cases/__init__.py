"""Cases and counseling sessions: records, need-to-know services, search, drafts, report."""
