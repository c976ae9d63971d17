// Temporary translation unit so the empty library links; removed once real sources exist.
