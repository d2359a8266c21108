"""newswire.feeds"""
