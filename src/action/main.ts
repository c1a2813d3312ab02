// The GitHub Action entry (built by the Action work).
