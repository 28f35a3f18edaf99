"""Scrapy peer of the govwatch benchmark.

Visits the same listing and article pages as govwatch and extracts each
article's title and body text with CSS selectors. Settings follow Scrapy's own
advice for a fast crawl ("Broad Crawls" in its documentation): no AutoThrottle,
no delay, concurrency raised to the value every tool shares, cookies off, no
HTTP cache, WARNING log level. robots.txt is obeyed, as govwatch does.

Run:
    scrapy runspider bench/scrapy/spider.py -a start=URL -s CONCURRENT_REQUESTS=8 \
        -s CONCURRENT_REQUESTS_PER_DOMAIN=8

It prints "articles N" when the crawl closes.
"""

import scrapy


class GovPortalSpider(scrapy.Spider):
    name = "govportal"
    custom_settings = {
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS": 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "CONCURRENT_REQUESTS_PER_IP": 0,
        "ROBOTSTXT_OBEY": True,
        "HTTPCACHE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
        "USER_AGENT": "govwatch-bench-scrapy/1.0",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }

    def __init__(self, start=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not start:
            raise ValueError("pass -a start=URL of the first listing page")
        self.start_urls = [start]
        self.articles = 0

    def parse(self, response):
        for href in response.css("li.NewsItem a.NewsLink::attr(href)").getall():
            yield response.follow(href, callback=self.parse_article)
        nxt = response.css(".Pager a.NextPage::attr(href)").get()
        if nxt:
            yield response.follow(nxt, callback=self.parse)

    def parse_article(self, response):
        view = response.css("table.NewsView")
        title = " ".join(view.css(".NewsTitle ::text").getall()).strip()
        body = " ".join(t.strip() for t in view.css(".NewsBody ::text").getall()).strip()
        if title and body:
            self.articles += 1
            yield {"url": response.url, "title": title, "body": body}

    def closed(self, reason):
        print(f"articles {self.articles}", flush=True)
