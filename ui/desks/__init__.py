"""The Desks tab: the sync folder, other desks' activity, conflicts, preparing another desk."""
