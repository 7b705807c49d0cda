"""Life after approval (issue 12): the grant an approved application receives, its payment
plan, its check-ins by email, what became of the grantee, and extensions."""
