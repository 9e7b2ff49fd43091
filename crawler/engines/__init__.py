"""Ways to run a night's crawl besides kipmon's own child process (crawler/run.py): job daemons on
other machines that run the same spider as jobs and send back feeds (crawler/feed.py)."""
