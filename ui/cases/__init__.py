"""The counseling-sessions area: lists, forms and the preliminary report."""
