"""Review by a committee (issue 14): roles, the rubric, reviewers' scorecards, assignment,
conflicts of interest and the blind first read."""
