#!/usr/bin/env python3
"""Prints the ids of the random part of tweets-2009.yaml (250 tweets, seed 2009).

Reads tweets.tsv in file order (header skipped) and draws with
random.Random(2009).sample(rows, 250) (CPython 3). Prints only ids, never text.
Usage: python3 bench/corpus/sample-tweets.py [/work/shared/data/tweets-2009/tweets.tsv]
"""
import random
import sys

path = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/tweets-2009/tweets.tsv'
with open(path, encoding='utf-8') as f:
    next(f)
    rows = [line.rstrip('\n').split('\t', 1) for line in f]
for tweet_id, _ in random.Random(2009).sample(rows, 250):
    print(tweet_id)
