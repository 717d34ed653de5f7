"""Times, zones and wording as people read them: shared by the exports and the panes."""
